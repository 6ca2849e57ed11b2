namespace PropertyCloud.Billing.Api.Domain;

public enum BillStatus
{
    Open,
    PartlyPaid,
    Paid,
}
