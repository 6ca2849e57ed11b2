using PropertyCloud.Quality.Api.Domain.Rules;

namespace PropertyCloud.Quality.Api.Domain.Inspections;

/// <summary>
/// One site check of an estate against a checklist. Its score is the share of items passed (0–100); every failed
/// item becomes a <see cref="Finding"/> with a rectification deadline.
/// </summary>
public sealed class Inspection
{
    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid TemplateId { get; private set; }
    public string TemplateName { get; private set; } = "";
    public DateTimeOffset InspectedAt { get; private set; }
    public string Inspector { get; private set; } = "";
    public decimal Score { get; private set; }
    public List<ItemResult> Results { get; private set; } = [];

    private Inspection() { }

    public static (Inspection Inspection, IReadOnlyList<Finding> Findings) Record(Guid estateId, ChecklistTemplate template,
        DateTimeOffset inspectedAt, IReadOnlyList<ItemCheck> checks, string inspector, DateTimeOffset now)
    {
        EveryItemMustBeCheckedOnce.Check(template, checks);
        var inspection = new Inspection
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            TemplateId = template.Id,
            TemplateName = template.Name,
            InspectedAt = inspectedAt,
            Inspector = inspector,
        };
        var findings = new List<Finding>();
        foreach (var item in template.Items)
        {
            var check = checks.Single(c => c.Code == item.Code);
            inspection.Results.Add(new ItemResult(item.Code, item.Text, check.Passed, check.Note));
            if (!check.Passed)
            {
                findings.Add(Finding.Raise(inspection, item, check, now));
            }
        }
        inspection.Score = Math.Round(100m * inspection.Results.Count(r => r.Passed) / inspection.Results.Count, 2);
        return (inspection, findings);
    }
}
