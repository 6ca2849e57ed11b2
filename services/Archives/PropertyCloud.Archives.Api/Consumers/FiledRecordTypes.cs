namespace PropertyCloud.Archives.Api.Consumers;

/// <summary>The record types filed from other services' events.</summary>
public static class FiledRecordTypes
{
    public const string OwnerChange = "residents.owner_change";
    public const string Repair = "repairs.repair";
    public const string Complaint = "repairs.complaint";
    public const string Payment = "billing.payment";
    public const string Arrears = "billing.arrears";
    public const string SurveyResponse = "surveys.response";
}
