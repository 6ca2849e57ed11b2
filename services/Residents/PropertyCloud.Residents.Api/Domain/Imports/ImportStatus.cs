namespace PropertyCloud.Residents.Api.Domain.Imports;

public enum ImportStatus
{
    /// <summary>Uploaded, waiting for an instance to claim it.</summary>
    Pending,

    /// <summary>Every row is being checked; nothing is written yet.</summary>
    Validating,

    /// <summary>All rows were valid; they are being written in one transaction.</summary>
    Writing,

    Completed,

    /// <summary>At least one row was bad: nothing was imported, the errors say which lines and why.</summary>
    Rejected,
}
