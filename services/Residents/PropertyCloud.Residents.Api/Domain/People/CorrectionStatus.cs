namespace PropertyCloud.Residents.Api.Domain.People;

public enum CorrectionStatus
{
    Pending,
    Approved,
    Rejected,
}
