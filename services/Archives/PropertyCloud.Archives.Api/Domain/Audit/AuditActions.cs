namespace PropertyCloud.Archives.Api.Domain.Audit;

/// <summary>The actions written to the audit log.</summary>
public static class AuditActions
{
    public const string DocumentViewed = "document.viewed";
    public const string DocumentDownloaded = "document.downloaded";
    public const string LoanApproved = "loan.approved";
    public const string WarrantVerified = "loan.warrant_verified";
    public const string CustodyTransferred = "custody.transferred";
    public const string DestructionApproved = "destruction.approved";
    public const string DocumentsDestroyed = "documents.destroyed";
}
