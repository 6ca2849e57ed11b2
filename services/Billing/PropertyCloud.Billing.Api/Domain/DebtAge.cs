namespace PropertyCloud.Billing.Api.Domain;

/// <summary>Age of a unit's oldest overdue bill (账龄), days past its due date.</summary>
public enum DebtAge
{
    UpTo30Days,
    UpTo90Days,
    UpTo180Days,
    Over180Days,
}
