using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Rules;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Domain.Actions;

/// <summary>
/// A corrective action (整改) from a survey finding — a low item, category or estate — with an owner and a deadline.
/// It closes only when a verification visit finds it effective; past its deadline it is escalated to the quality
/// department once (again after each new deadline).
/// </summary>
public sealed class CorrectiveAction
{
    private CorrectiveAction()
    {
        Finding = "";
        Title = "";
        Verifications = [];
    }

    public Guid Id { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid CampaignId { get; private set; }
    public string? CategoryCode { get; private set; }
    public string? ItemCode { get; private set; }

    /// <summary>What the survey found, e.g. "楼道清洁 61.3，低于公司平均 12 分".</summary>
    public string Finding { get; private set; }

    public string Title { get; private set; }
    public Guid OwnerId { get; private set; }
    public DateOnly Deadline { get; private set; }
    public CorrectiveActionStatus Status { get; private set; }
    public DateTimeOffset OpenedAt { get; private set; }
    public DateTimeOffset? OverdueAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public List<VerificationVisit> Verifications { get; private set; }

    public static CorrectiveAction Open(
        Campaign campaign, SurveyTemplate template, Guid estateId, string? categoryCode, string? itemCode, string finding,
        string title, Guid ownerId, DateOnly deadline, DateTimeOffset now)
    {
        FindingMustBelongToCampaign.Check(campaign, template, estateId, categoryCode, itemCode);
        DeadlineMustBeAhead.Check(deadline, EstateCalendar.Day(now), "deadline");
        return new CorrectiveAction
        {
            Id = Guid.CreateVersion7(),
            EstateId = estateId,
            CampaignId = campaign.Id,
            CategoryCode = categoryCode ?? (itemCode is null ? null : template.CategoryOf(itemCode)!.Code),
            ItemCode = itemCode,
            Finding = finding,
            Title = title,
            OwnerId = ownerId,
            Deadline = deadline,
            Status = CorrectiveActionStatus.Open,
            OpenedAt = now,
        };
    }

    /// <summary>
    /// Records a verification visit. Effective: the action closes. Not effective: it stays open with a new deadline
    /// and may be escalated again when that passes.
    /// </summary>
    public void RecordVerification(DateOnly visitedOn, bool effective, string note, string? verifiedBy, DateOnly? newDeadline, DateTimeOffset now)
    {
        if (Status == CorrectiveActionStatus.Closed)
        {
            throw new ConflictException("action.closed", new("整改已验证关闭", "The action has already been verified and closed"));
        }
        if (visitedOn < EstateCalendar.Day(OpenedAt) || visitedOn > EstateCalendar.Day(now))
        {
            throw new DomainException("action.visit_date",
                new("回访日期须在整改开启之后且不晚于今天", "The visit must be after the action opened and not in the future"), "visitedOn");
        }
        Verifications.Add(new VerificationVisit(visitedOn, effective, note, verifiedBy));
        if (effective)
        {
            Status = CorrectiveActionStatus.Closed;
            ClosedAt = now;
            return;
        }
        if (newDeadline is null)
        {
            throw new DomainException("action.new_deadline_required",
                new("整改未见效，须给出新的完成期限", "An action found not effective needs a new deadline"), "newDeadline");
        }
        DeadlineMustBeAhead.Check(newDeadline.Value, EstateCalendar.Day(now), "newDeadline");
        Deadline = newDeadline.Value;
        OverdueAt = null;
    }

    public bool IsOverdue(DateOnly today) => Status == CorrectiveActionStatus.Open && OverdueAt is null && Deadline < today;

    public void MarkOverdue(DateTimeOffset now) => OverdueAt = now;
}
