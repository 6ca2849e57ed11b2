namespace PropertyCloud.Robustness.Tests.Fuzzing;

/// <summary>What a JSON schema describes, as far as generating good and bad values goes.</summary>
public enum SchemaKind
{
    Unknown,
    Object,
    Array,
    String,
    Guid,
    DateTime,
    Date,
    Time,
    Duration,
    Integer,
    Number,
    Boolean,
    Enum,
}
