using PropertyCloud.Quality.Api.Domain.Rules;

namespace PropertyCloud.Quality.Api.Domain.Scoring;

/// <summary>
/// How much each component counts in an estate's quality score; set by the quality department. Only the ratio
/// between weights matters.
/// </summary>
public sealed class ScoreWeights
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;
    public decimal Sla { get; private set; }
    public decimal Complaints { get; private set; }
    public decimal Collection { get; private set; }
    public decimal Survey { get; private set; }
    public decimal Inspections { get; private set; }
    public decimal OpenItems { get; private set; }
    public DateTimeOffset? ChangedAt { get; private set; }
    public string? ChangedBy { get; private set; }

    private ScoreWeights() { }

    /// <summary>Until the quality department sets its own: service outcomes weigh most, money least.</summary>
    public static ScoreWeights Default() => new()
    {
        Sla = 25, Complaints = 20, Collection = 10, Survey = 25, Inspections = 15, OpenItems = 5,
    };

    public void Change(decimal sla, decimal complaints, decimal collection, decimal survey, decimal inspections, decimal openItems,
        string changedBy, DateTimeOffset now)
    {
        WeightsMustBeUsable.Check(sla, complaints, collection, survey, inspections, openItems);
        (Sla, Complaints, Collection, Survey, Inspections, OpenItems) = (sla, complaints, collection, survey, inspections, openItems);
        ChangedBy = changedBy;
        ChangedAt = now;
    }
}
