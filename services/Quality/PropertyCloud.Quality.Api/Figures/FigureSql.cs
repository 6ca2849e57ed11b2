namespace PropertyCloud.Quality.Api.Figures;

/// <summary>
/// Builds the figures query: one SELECT per metric, UNION ALL-ed, each grouped by (key, bucket). Days and months
/// are counted in the estates' time zone (Asia/Shanghai). Only constant SQL fragments are spliced in; the scope,
/// range and today are parameters (@all, @estates, @from, @to, @today).
/// </summary>
internal static class FigureSql
{
    private const string InScope = "(@all OR estate_id = ANY(@estates))";
    private const string AllocatedPerBill =
        "(SELECT b.*, coalesce(c.collected, 0) AS collected FROM bills b LEFT JOIN " +
        "(SELECT bill_id, sum(amount - refunded) AS collected FROM payment_allocations GROUP BY bill_id) c ON c.bill_id = b.bill_id) AS bc";

    public static string Local(string column) => $"({column} AT TIME ZONE 'Asia/Shanghai')";

    private static string Period => "to_date(period, 'YYYY-MM')::timestamp";

    private static string Percentile(double fraction, string minutes) =>
        $"round((percentile_cont({fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}) WITHIN GROUP (ORDER BY {minutes}))::numeric, 2)";

    private static string Minutes(string from, string to) => $"extract(epoch FROM {to} - {from}) / 60";

    private static string WeightedBy(string value, string weight) =>
        $"round(sum({value} * {weight}) / nullif(sum({weight}) FILTER (WHERE {value} IS NOT NULL), 0), 2)";

    public static string Build(Granularity granularity, bool byEstate, bool withSnapshots)
    {
        var key = byEstate ? "estate_id" : "'00000000-0000-0000-0000-000000000000'::uuid";
        string Metric(string name, string aggregate, string table, string local, string? where = null) =>
            $"SELECT {key} AS key, {Bucket(local, granularity)} AS bucket, '{name}' AS metric, ({aggregate})::numeric AS value " +
            $"FROM {table} WHERE {local} IS NOT NULL AND {InScope} AND {local}::date BETWEEN @from AND @to" +
            (where is null ? "" : $" AND {where}") + " GROUP BY 1, 2";
        string Snapshot(string name, string table, string where) =>
            $"SELECT {key} AS key, @to AS bucket, '{name}' AS metric, count(*)::numeric AS value FROM {table} WHERE {InScope} AND {where} GROUP BY 1, 2";

        var opened = Local("opened_at");
        var completed = Local("completed_at");
        var dispatched = Local("dispatched_at");
        var complaintClosed = Local("closed_at");
        var parts = new List<string>
        {
            Metric(Metrics.RepairsOpened, "count(*)", "repair_orders", opened),
            Metric(Metrics.RepairsCompleted, "count(*)", "repair_orders", completed),
            Metric(Metrics.RepairsClosed, "count(*)", "repair_orders", Local("closed_at")),
            Metric(Metrics.SlaMet, "count(*)", "repair_orders", completed, "sla_breached_at IS NULL"),
            Metric(Metrics.SlaBreached, "count(*)", "repair_orders", Local("sla_breached_at")),
            Metric(Metrics.ResponseMedian, Percentile(0.5, Minutes("opened_at", "dispatched_at")), "repair_orders", dispatched, "opened_at IS NOT NULL"),
            Metric(Metrics.ResponseP90, Percentile(0.9, Minutes("opened_at", "dispatched_at")), "repair_orders", dispatched, "opened_at IS NOT NULL"),
            Metric(Metrics.ResolutionMedian, Percentile(0.5, Minutes("opened_at", "completed_at")), "repair_orders", completed, "opened_at IS NOT NULL"),
            Metric(Metrics.ResolutionP90, Percentile(0.9, Minutes("opened_at", "completed_at")), "repair_orders", completed, "opened_at IS NOT NULL"),
            Metric(Metrics.AcceptMedian, Percentile(0.5, Minutes("opened_at", "accepted_at")), "repair_orders", Local("accepted_at"), "opened_at IS NOT NULL"),
            Metric(Metrics.AcceptP90, Percentile(0.9, Minutes("opened_at", "accepted_at")), "repair_orders", Local("accepted_at"), "opened_at IS NOT NULL"),
            Metric(Metrics.OnSiteMedian, Percentile(0.5, Minutes("opened_at", "on_site_at")), "repair_orders", Local("on_site_at"), "opened_at IS NOT NULL"),
            Metric(Metrics.OnSiteP90, Percentile(0.9, Minutes("opened_at", "on_site_at")), "repair_orders", Local("on_site_at"), "opened_at IS NOT NULL"),
            Metric(Metrics.RepairsReopened, "count(*)", "reopenings", Local("reopened_at"), $"subject = '{ReadModels.ReopeningFact.RepairOrder}'"),
            Metric(Metrics.ComplaintsReopened, "count(*)", "reopenings", Local("reopened_at"), $"subject = '{ReadModels.ReopeningFact.Complaint}'"),
            Metric(Metrics.ComplaintFirstResponseMedian, Percentile(0.5, Minutes("received_at", "first_responded_at")), "complaints",
                Local("first_responded_at"), "received_at IS NOT NULL"),
            Metric(Metrics.ComplaintFirstResponseP90, Percentile(0.9, Minutes("received_at", "first_responded_at")), "complaints",
                Local("first_responded_at"), "received_at IS NOT NULL"),
            CategoryIndices(key, granularity),
            Metric(Metrics.ComplaintsReceived, "count(*)", "complaints", Local("received_at")),
            Metric(Metrics.ComplaintsEscalated, "count(*)", "complaints", Local("escalated_at")),
            Metric(Metrics.ComplaintsClosed, "count(*)", "complaints", complaintClosed),
            Metric(Metrics.ComplaintsDissatisfied, "count(*)", "complaints", complaintClosed, "complainant_opinion = 'dissatisfied'"),
            Metric(Metrics.ComplaintHandlingMedian, Percentile(0.5, "handling_minutes"), "complaints", complaintClosed),
            Metric(Metrics.SurveyIndex, WeightedBy("\"index\"", "households"), "survey_results", Local("closed_at")),
            Metric(Metrics.SurveyOverall, WeightedBy("overall_satisfaction", "households"), "survey_results", Local("closed_at")),
            Metric(Metrics.SurveyCampaigns, "count(*)", "survey_results", Local("closed_at")),
            Metric(Metrics.CorrectiveOpened, "count(*)", "corrective_actions", Local("opened_at")),
            Metric(Metrics.CorrectiveClosed, "count(*)", "corrective_actions", Local("closed_at")),
            Metric(Metrics.InspectionsDone, "count(*)", "inspections", Local("inspected_at")),
            Metric(Metrics.InspectionScore, "round(avg(score), 2)", "inspections", Local("inspected_at")),
            Metric(Metrics.FindingsRaised, "count(*)", "findings", Local("raised_at")),
        };
        if (granularity != Granularity.Day)
        {
            // Billing counts by bill period (a month), so it has no daily figures.
            parts.Add(Metric(Metrics.Billed, "sum(amount)", "bills", Period));
            parts.Add(Metric(Metrics.Collected, "sum(amount - refunded)", "payment_allocations", Period));
            parts.Add(Metric(Metrics.Arrears, "sum(greatest(amount - collected, 0))", AllocatedPerBill, Period, "due_date < @today"));
        }
        if (withSnapshots)
        {
            var openAtEnd = $"opened_at IS NOT NULL AND {Local("opened_at")}::date <= @to AND (closed_at IS NULL OR {Local("closed_at")}::date > @to)";
            parts.Add(Snapshot(Metrics.OpenCorrectiveActions, "corrective_actions", openAtEnd));
            parts.Add(Snapshot(Metrics.OverdueCorrectiveActions, "corrective_actions", $"{openAtEnd} AND deadline < @to"));
            var findingOpenAtEnd = $"{Local("raised_at")}::date <= @to AND (verified_at IS NULL OR {Local("verified_at")}::date > @to)";
            parts.Add(Snapshot(Metrics.OpenFindings, "findings", findingOpenAtEnd));
            parts.Add(Snapshot(Metrics.OverdueFindings, "findings", $"{findingOpenAtEnd} AND deadline < @to"));
        }
        return string.Join("\nUNION ALL\n", parts);
    }

    /// <summary>Each survey category's index, estates weighted by households; the metric's name carries the category.</summary>
    private static string CategoryIndices(string key, Granularity granularity)
    {
        var closed = Local("closed_at");
        return $"SELECT {key} AS key, {Bucket(closed, granularity)} AS bucket, '{Metrics.SurveyCategoryPrefix}' || code || ':' || name AS metric, " +
            $"({WeightedBy("\"index\"", "households")})::numeric AS value FROM survey_category_results " +
            $"WHERE {InScope} AND {closed}::date BETWEEN @from AND @to GROUP BY 1, 2, 3";
    }

    public static string Bucket(string local, Granularity granularity) => granularity switch
    {
        Granularity.Day => $"{local}::date",
        Granularity.Month => $"date_trunc('month', {local})::date",
        _ => "@from",
    };
}
