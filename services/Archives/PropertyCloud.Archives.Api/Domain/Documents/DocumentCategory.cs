namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>What kind of record a document in a customer file is (001 篇3 4.2).</summary>
public enum DocumentCategory
{
    MoveInForm,
    Contract,
    IdCopy,
    Photo,
    DecorationFile,
    Correspondence,
    ViolationRecord,
    ArrearsRecord,
    RepairRecord,
    ComplaintRecord,
    SurveyRecord,
    Other,
}
