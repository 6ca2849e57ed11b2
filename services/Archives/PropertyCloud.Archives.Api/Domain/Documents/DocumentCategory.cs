namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>What kind of record a document is: customer-file records (001 篇3 4.2), engineering and staff records.</summary>
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
    Drawing,
    HandoverRecord,
    EquipmentRecord,
    InspectionCertificate,
    StaffRecord,
}
