namespace PropertyCloud.Billing.Api.Domain.MeterImports;

public enum MeterSheetFormat
{
    Csv,
    Xlsx,
}
