namespace PropertyCloud.Billing.Api.Domain.MeterImports;

public enum MeterImportOutcome
{
    /// <summary>A new reading was recorded.</summary>
    Recorded,

    /// <summary>The same reading was already recorded (e.g. the file was uploaded twice): nothing new, nothing refused.</summary>
    AlreadyRecorded,

    /// <summary>A rule refused the row; its code and message say which.</summary>
    Refused,
}
