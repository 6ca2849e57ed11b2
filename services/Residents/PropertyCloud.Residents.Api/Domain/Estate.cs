namespace PropertyCloud.Residents.Api.Domain;

/// <summary>An estate (小区/项目) run by one company of the group.</summary>
public sealed class Estate
{
    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Company { get; private set; } = "";
    public EstateKind Kind { get; private set; }
    public string Address { get; private set; } = "";
    public string TimeZone { get; private set; } = DefaultTimeZone;
    public DateTimeOffset RegisteredAt { get; private set; }

    public const string DefaultTimeZone = "Asia/Shanghai";

    private Estate() { }

    public static Estate Register(Guid id, string code, string name, string company, EstateKind kind, string address, DateTimeOffset now) =>
        new() { Id = id, Code = code, Name = name, Company = company, Kind = kind, Address = address, RegisteredAt = now };

    public void Rename(string name, string company, string address)
    {
        Name = name;
        Company = company;
        Address = address;
    }
}
