namespace PropertyCloud.Quality.Api.ReadModels;

/// <summary>An estate as Residents last described it: figures roll up from it to its company and the group.</summary>
public sealed class EstateEntry
{
    public Guid EstateId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Company { get; private set; } = "";
    public DateTimeOffset DescribedAt { get; private set; }

    private EstateEntry() { }

    public static EstateEntry For(Guid estateId) => new() { EstateId = estateId, DescribedAt = DateTimeOffset.MinValue };

    /// <summary>The latest description wins, whatever order the events arrive in.</summary>
    public void Describe(string code, string name, string company, DateTimeOffset describedAt)
    {
        if (describedAt < DescribedAt)
        {
            return;
        }
        Code = code;
        Name = name;
        Company = company;
        DescribedAt = describedAt;
    }
}
