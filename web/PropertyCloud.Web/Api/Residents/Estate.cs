namespace PropertyCloud.Web.Api.Residents;

public sealed record Estate(Guid Id, string Code, string Name, string Company, string Kind, string Address, string TimeZone);
