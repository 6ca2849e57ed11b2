using System.Collections.Concurrent;

namespace PropertyCloud.Web.Api.Residents;

/// <summary>
/// Finds an estate's units in the register as staff type ("5-1-50", "5栋 1单元 501", a room number), a page of
/// matches at a time, and labels the units a page lists. It remembers only the labels it has been shown, so an
/// estate of 100,000 units never sits in the circuit.
/// </summary>
public sealed class UnitFinder(GatewayApi api)
{
    public const int Matches = 20;
    private const int IdsPerRequest = 100;
    private readonly ConcurrentDictionary<Guid, string> _labels = new();

    public async Task<IReadOnlyList<RegisteredUnit>> SearchAsync(Guid estateId, string? text, CancellationToken cancellationToken = default)
    {
        var q = Uri.EscapeDataString(text?.Trim() ?? "");
        var page = await api.GetAsync<PagedList<RegisteredUnit>>(
            $"api/residents/estates/{estateId}/units?q={q}&pageSize={Matches}", cancellationToken);
        Remember(page.Items);
        return page.Items;
    }

    /// <summary>Looks up the labels of the given units that are not known yet, so that <see cref="LabelOf"/> can show them.</summary>
    public async Task LearnAsync(Guid estateId, IEnumerable<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in unitIds.Distinct().Where(id => !_labels.ContainsKey(id)).Chunk(IdsPerRequest))
        {
            var ids = string.Join("&", chunk.Select(id => $"id={id}"));
            var page = await api.GetAsync<PagedList<RegisteredUnit>>(
                $"api/residents/estates/{estateId}/units?{ids}&pageSize={IdsPerRequest}", cancellationToken);
            Remember(page.Items);
        }
    }

    public string LabelOf(Guid unitId) => _labels.GetValueOrDefault(unitId, "");

    private void Remember(IEnumerable<RegisteredUnit> units)
    {
        foreach (var unit in units)
        {
            _labels[unit.Id] = unit.Label;
        }
    }
}
