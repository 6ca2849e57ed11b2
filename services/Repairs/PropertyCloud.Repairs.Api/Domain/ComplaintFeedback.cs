namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>The feedback form (投诉处理反馈单): handling time, result, and the complainant's opinion of it.</summary>
public sealed record ComplaintFeedback(int HandlingMinutes, string Result, ComplainantOpinion Opinion);
