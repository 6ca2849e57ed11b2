namespace PropertyCloud.BuildingBlocks.Domain;

/// <summary>
/// A business rule refused an action. Answered as 422 (or 409 for <see cref="ConflictException"/>)
/// with the rule's code, and the field when the rule concerns one input.
/// </summary>
public class DomainException(string code, LocalizedText text, string? field = null) : Exception(text.English)
{
    /// <summary>Stable machine-readable rule name, e.g. "unit.number_taken".</summary>
    public string Code { get; } = code;

    /// <summary>The message in both languages.</summary>
    public LocalizedText Text { get; } = text;

    /// <summary>The request field the rule concerns (camelCase), if any.</summary>
    public string? Field { get; } = field;
}
