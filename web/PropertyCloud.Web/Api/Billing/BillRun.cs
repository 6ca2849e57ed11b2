namespace PropertyCloud.Web.Api.Billing;

public sealed record BillRun(Guid Id, Guid EstateId, string Period, int BillCount, decimal Total, DateTimeOffset RunAt);

public sealed record BillRunRequest(string Period);
