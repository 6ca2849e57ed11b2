namespace PropertyCloud.Web.Api.Billing;

/// <summary>
/// The billable units of an estate, read once per estate and circuit: finance pages show units by their number and
/// pick them by it, while the Billing API speaks of unit ids.
/// </summary>
public sealed class UnitDirectory(GatewayApi api)
{
    private const int PageSize = 500;
    private readonly Dictionary<Guid, Task<IReadOnlyList<BillableUnit>>> _estates = [];

    public Task<IReadOnlyList<BillableUnit>> OfAsync(Guid estateId)
    {
        if (!_estates.TryGetValue(estateId, out var units) || units.IsFaulted)
        {
            _estates[estateId] = units = LoadAsync(estateId);
        }
        return units;
    }

    private async Task<IReadOnlyList<BillableUnit>> LoadAsync(Guid estateId)
    {
        var units = new List<BillableUnit>();
        for (var page = 1; ; page++)
        {
            var batch = await api.GetAsync<PagedList<BillableUnit>>($"api/billing/estates/{estateId}/units?page={page}&pageSize={PageSize}");
            units.AddRange(batch.Items);
            if (batch.Items.Count < PageSize || units.Count >= batch.Total)
            {
                return units;
            }
        }
    }
}
