namespace PropertyCloud.Billing.Api.Domain.MeterImports;

public enum MeterImportStatus
{
    /// <summary>Uploaded, waiting for an instance to claim it.</summary>
    Pending,

    /// <summary>Rows are being recorded or refused one by one.</summary>
    Running,

    /// <summary>Every row has its outcome.</summary>
    Completed,

    /// <summary>The file could not be read at all; no row was looked at.</summary>
    Failed,
}
