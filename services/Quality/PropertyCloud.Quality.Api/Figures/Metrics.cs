namespace PropertyCloud.Quality.Api.Figures;

/// <summary>Names of the metrics the figures query computes.</summary>
public static class Metrics
{
    public const string RepairsOpened = "repairs_opened";
    public const string RepairsCompleted = "repairs_completed";
    public const string RepairsClosed = "repairs_closed";
    public const string SlaMet = "sla_met";
    public const string SlaBreached = "sla_breached";
    public const string ResponseMedian = "response_median";
    public const string ResponseP90 = "response_p90";
    public const string ResolutionMedian = "resolution_median";
    public const string ResolutionP90 = "resolution_p90";
    public const string ComplaintsReceived = "complaints_received";
    public const string ComplaintsEscalated = "complaints_escalated";
    public const string ComplaintsClosed = "complaints_closed";
    public const string ComplaintsDissatisfied = "complaints_dissatisfied";
    public const string ComplaintHandlingMedian = "complaint_handling_median";
    public const string AcceptMedian = "accept_median";
    public const string AcceptP90 = "accept_p90";
    public const string OnSiteMedian = "on_site_median";
    public const string OnSiteP90 = "on_site_p90";
    public const string ComplaintFirstResponseMedian = "complaint_first_response_median";
    public const string ComplaintFirstResponseP90 = "complaint_first_response_p90";
    public const string RepairsReopened = "repairs_reopened";
    public const string ComplaintsReopened = "complaints_reopened";

    /// <summary>Prefix of the per-category survey index metrics: <c>survey_category:{code}:{name}</c>.</summary>
    public const string SurveyCategoryPrefix = "survey_category:";
    public const string Billed = "billed";
    public const string Collected = "collected";
    public const string Arrears = "arrears";
    public const string SurveyIndex = "survey_index";
    public const string SurveyOverall = "survey_overall";
    public const string SurveyCampaigns = "survey_campaigns";
    public const string CorrectiveOpened = "corrective_opened";
    public const string CorrectiveClosed = "corrective_closed";
    public const string InspectionsDone = "inspections_done";
    public const string InspectionScore = "inspection_score";
    public const string FindingsRaised = "findings_raised";

    /// <summary>Snapshots at the end of the range, not per bucket.</summary>
    public const string OpenCorrectiveActions = "open_corrective_actions";
    public const string OverdueCorrectiveActions = "open_overdue_corrective_actions";
    public const string OpenFindings = "open_findings";
    public const string OverdueFindings = "open_overdue_findings";
}
