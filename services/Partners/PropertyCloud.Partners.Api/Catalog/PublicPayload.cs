using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Partners.Api.Catalog;

/// <summary>
/// The CloudEvents <c>data</c> of an event: its business facts, without the envelope's id and time, and without
/// personal fields unless granted. Fields whose names say they hold contact or identity data (a phone, an ID
/// number, a plate, an address, an e-mail) are withheld even if a contract adds them without updating the catalogue.
/// </summary>
public static class PublicPayload
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string[] EnvelopeFields = ["eventId", "occurredAt"];
    private static readonly string[] PersonalWords = ["phone", "mobile", "plate", "address", "email"];

    /// <summary>The data every granted partner receives.</summary>
    public static JsonObject Minimised(IIntegrationEvent integrationEvent, PublicEventType type)
    {
        var data = Full(integrationEvent);
        foreach (var name in data.Select(p => p.Key).Where(name => IsPersonal(name, type)).ToList())
        {
            data.Remove(name);
        }
        return data;
    }

    /// <summary>The data a partner granted personal data receives.</summary>
    public static JsonObject Full(IIntegrationEvent integrationEvent)
    {
        var data = JsonSerializer.SerializeToNode(integrationEvent, integrationEvent.GetType(), Json)!.AsObject();
        foreach (var name in EnvelopeFields)
        {
            data.Remove(name);
        }
        return data;
    }

    public static bool IsPersonal(string jsonName, PublicEventType type) =>
        type.PersonalFields.Any(f => string.Equals(JsonNamingPolicy.CamelCase.ConvertName(f), jsonName, StringComparison.Ordinal))
        || LooksPersonal(jsonName);

    /// <summary>By the words of a camelCase name: "ownerPhone", "idNumber", "licensePlate" yes; "templateId" no.</summary>
    private static bool LooksPersonal(string jsonName)
    {
        var words = System.Text.RegularExpressions.Regex.Split(jsonName, "(?<=[a-z0-9])(?=[A-Z])")
            .Select(w => w.ToLowerInvariant()).ToList();
        var idDocument = words.Zip(words.Skip(1)).Any(pair => pair is ("id", "number" or "card"));
        return idDocument || words.Any(PersonalWords.Contains);
    }
}
