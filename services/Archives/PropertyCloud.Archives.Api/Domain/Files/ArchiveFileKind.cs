namespace PropertyCloud.Archives.Api.Domain.Files;

/// <summary>The files kept beside the units' customer files: engineering (drawings, handover), equipment and staff files.</summary>
public enum ArchiveFileKind
{
    Engineering,
    Equipment,
    Staff,
}
