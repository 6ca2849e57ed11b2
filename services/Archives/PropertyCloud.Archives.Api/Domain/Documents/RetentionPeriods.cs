namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>
/// Default retention period per category, in years; a document may be given another period when it is filed.
/// Ownership and staff records are kept long (the file outlives owners), drawings, handover and equipment records for the
/// buildings' life, routine records ten years, survey answers three.
/// </summary>
public static class RetentionPeriods
{
    public const int MaxYears = 100;

    public static int DefaultYears(DocumentCategory category) => category switch
    {
        DocumentCategory.MoveInForm or DocumentCategory.Contract or DocumentCategory.IdCopy
            or DocumentCategory.DecorationFile => 30,
        DocumentCategory.SurveyRecord => 3,
        DocumentCategory.Drawing or DocumentCategory.HandoverRecord or DocumentCategory.EquipmentRecord => MaxYears,
        DocumentCategory.StaffRecord => 30,
        _ => 10,
    };
}
