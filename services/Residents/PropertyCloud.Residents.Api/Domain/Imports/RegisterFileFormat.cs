namespace PropertyCloud.Residents.Api.Domain.Imports;

public enum RegisterFileFormat
{
    Csv,
    Xlsx,
}
