namespace PropertyCloud.Archives.Api.Domain.Temporary;

public enum TemporaryFileKind
{
    /// <summary>装修: a unit's decoration job.</summary>
    Decoration,

    /// <summary>工程: an engineering job on the estate (repairs to common parts, installations).</summary>
    Engineering,
}
