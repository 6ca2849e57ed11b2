using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Partners.Api.Catalog;

/// <summary>
/// One internal event as partners see it: a stable CloudEvents type
/// (cn.propertycloud.&lt;service&gt;.&lt;entity&gt;.&lt;verb&gt;.v&lt;n&gt;), its source, how its subject is named, and which of
/// its fields identify a person (sent only to partners granted personal data).
/// </summary>
public sealed class PublicEventType
{
    private readonly Func<IIntegrationEvent, string> _subject;

    private PublicEventType(Type eventType, string service, string entity, string verb, Func<IIntegrationEvent, string> subject,
        IReadOnlyList<string> personalFields, LocalizedText summary)
    {
        EventType = eventType;
        Service = service;
        Name = $"cn.propertycloud.{service}.{entity}.{verb}.v1";
        _subject = subject;
        PersonalFields = personalFields;
        Summary = summary;
    }

    /// <summary>The internal contract (in a service's *.Contracts project).</summary>
    public Type EventType { get; }

    public string Service { get; }

    /// <summary>The CloudEvents <c>type</c> attribute; never changes meaning (a new meaning is a new version).</summary>
    public string Name { get; }

    /// <summary>The CloudEvents <c>source</c> attribute: the publishing service.</summary>
    public Uri Source => new($"/propertycloud/{Service}", UriKind.Relative);

    /// <summary>Property names (as in the contract) withheld unless the partner was granted personal data.</summary>
    public IReadOnlyList<string> PersonalFields { get; }

    /// <summary>What happened, in zh-CN and en-US (the catalogue answers in the caller's language).</summary>
    public LocalizedText Summary { get; }

    /// <summary>The CloudEvents <c>subject</c>: the resource the event is about, e.g. "repair-orders/{id}".</summary>
    public string SubjectOf(IIntegrationEvent integrationEvent) => _subject(integrationEvent);

    public static PublicEventType Of<TEvent>(string service, string entity, string verb, Func<TEvent, string> subject,
        LocalizedText summary, params string[] personalFields) where TEvent : IIntegrationEvent =>
        new(typeof(TEvent), service, entity, verb, e => subject((TEvent)e), personalFields, summary);
}
