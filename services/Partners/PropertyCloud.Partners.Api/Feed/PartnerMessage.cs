using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using PropertyCloud.Partners.Api.Domain;

namespace PropertyCloud.Partners.Api.Feed;

/// <summary>A public event encoded for one partner: a CloudEvents 1.0 structured-mode JSON document.</summary>
public sealed record PartnerMessage(ReadOnlyMemory<byte> Body, string ContentType)
{
    /// <summary>CloudEvents extension attribute carrying the estate, so partners can route without parsing data.</summary>
    public const string EstateAttribute = "estateid";

    private static readonly JsonEventFormatter Formatter = new();
    private static readonly CloudEventAttribute Estate = CloudEventAttribute.CreateExtension(EstateAttribute, CloudEventAttributeType.String);

    public static PartnerMessage Encode(PublicEvent publicEvent, bool personalDataGranted)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0, [Estate])
        {
            Id = publicEvent.EventId.ToString("D"),
            Type = publicEvent.Type,
            Source = new Uri(publicEvent.Source, UriKind.RelativeOrAbsolute),
            Subject = publicEvent.Subject,
            Time = publicEvent.OccurredAt,
            DataContentType = "application/json",
            Data = JsonDocument.Parse(publicEvent.DataFor(personalDataGranted)).RootElement,
        };
        cloudEvent[Estate] = publicEvent.EstateId.ToString("D");
        var body = Formatter.EncodeStructuredModeMessage(cloudEvent, out var contentType);
        return new PartnerMessage(body, contentType.ToString());
    }
}
