using System.Text.Json.Nodes;

namespace PropertyCloud.Partners.Api.Apis;

/// <summary>One public event type as the catalogue lists it.</summary>
public sealed record EventTypeResponse(string Type, string Source, string Summary, IReadOnlyList<string> PersonalFields, JsonObject DataSchema, JsonObject Example);
