using System.Globalization;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Imports;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Api.Infrastructure.Security;
using PropertyCloud.Residents.Contracts;
using C = PropertyCloud.Residents.Api.Import.RegisterColumns;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>
/// Checks every row of a register file against the file itself and the estate's register, and builds what to write.
/// Rows for the same unit add joint owners; rows with the same ID number are one owner of several units.
/// Nothing is written here: the caller writes the batch only when <see cref="Errors"/> is empty.
/// </summary>
internal sealed class RegisterImportPlanner(Guid estateId, ExistingRegister existing, IdNumberProtector idNumbers, DateTimeOffset now)
{
    private readonly RegisterRowParser _parser = new();
    private readonly Dictionary<string, Building> _newBuildings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, string), (Unit Unit, ParsedRow Row)> _units = [];
    private readonly Dictionary<string, PlannedOwner> _owners = [];
    private readonly Dictionary<Guid, (Tenancy Tenancy, ParsedRow Row)> _tenancies = [];
    private readonly HashSet<(Guid Unit, Guid Owner)> _ownerships = [];

    public List<ImportError> Errors { get; } = [];
    public RegisterBatch Batch { get; } = new();
    public List<IIntegrationEvent> Events { get; } = [];

    public async Task PlanAsync(IReadOnlyList<RegisterRow> rows, Func<int, Task> progress, CancellationToken cancellationToken)
    {
        // Progress counts each row twice: once parsed, once checked against the register.
        var parsed = new List<ParsedRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (_parser.Parse(rows[i], Errors) is { } valid)
            {
                parsed.Add(valid);
            }
            if (i % 5_000 == 4_999)
            {
                await progress((i + 1) / 2);
            }
        }
        AddNewBuildings(parsed);
        for (var i = 0; i < parsed.Count; i++)
        {
            await PlanRowAsync(parsed[i], cancellationToken);
            if (i % 5_000 == 4_999)
            {
                await progress(rows.Count / 2 + (i + 1) / 2);
            }
        }
        if (Errors.Count == 0)
        {
            RaiseEvents();
        }
        Errors.Sort((a, b) => a.Line.CompareTo(b.Line));
    }

    /// <summary>A building not yet registered is created tall and wide enough for its rows.</summary>
    private void AddNewBuildings(List<ParsedRow> rows)
    {
        foreach (var group in rows.Where(r => !existing.Buildings.ContainsKey(r.BuildingCode)).GroupBy(r => r.BuildingCode))
        {
            var entrances = group.Select(r => r.Unit.Entrance).Distinct().ToList();
            var widest = entrances.Select(e => int.TryParse(e, CultureInfo.InvariantCulture, out var n) ? n : 0).Max();
            var building = Building.Register(estateId, new BuildingDetails(group.Key, group.Key, "",
                Math.Max(1, group.Max(r => r.Unit.Floor)), Math.Clamp(Math.Max(widest, entrances.Count), 1, 50), null, null));
            _newBuildings[group.Key] = building;
            Batch.Buildings.Add(building);
        }
    }

    private async Task PlanRowAsync(ParsedRow row, CancellationToken cancellationToken)
    {
        var unit = PlanUnit(row);
        if (unit is null)
        {
            return;
        }
        if (row.Owner is not null)
        {
            await PlanOwnershipAsync(row, unit, cancellationToken);
        }
        if (row.Tenancy is not null)
        {
            PlanTenancy(row, unit);
        }
    }

    private Unit? PlanUnit(ParsedRow row)
    {
        if (existing.Units.Contains(row.UnitKey))
        {
            Fail(row, C.Number, new($"房间 {row.BuildingCode} {row.Unit.Entrance}单元 {row.Unit.Number} 已登记", $"Unit {row.BuildingCode} {row.Unit.Entrance}-{row.Unit.Number} is already registered"));
            return null;
        }
        if (_units.TryGetValue(row.UnitKey, out var seen))
        {
            if (seen.Row.Unit != row.Unit)
            {
                Fail(row, C.Number, new($"与第 {seen.Row.Line} 行同一房间的信息不一致", $"Differs from the same unit on line {seen.Row.Line}"));
                return null;
            }
            return seen.Unit;
        }
        var building = existing.Buildings.GetValueOrDefault(row.BuildingCode) ?? _newBuildings[row.BuildingCode];
        try
        {
            var unit = Unit.RegisterByStaff(building, row.Unit.ToDetails(), now);
            _units[row.UnitKey] = (unit, row);
            Batch.Units.Add(unit);
            return unit;
        }
        catch (DomainException rule)
        {
            Fail(row, C.FromHeader(rule.Field ?? "") ?? C.Number, rule.Text);
            return null;
        }
    }

    private async Task PlanOwnershipAsync(ParsedRow row, Unit unit, CancellationToken cancellationToken)
    {
        var request = row.Owner!;
        var protectedId = await idNumbers.ProtectAsync(request.IdNumber, cancellationToken);
        if (existing.OwnerIdHashes.Contains(protectedId.LookupHash))
        {
            Fail(row, C.IdNumber, new("该证件号码的业主已在本小区登记，请在业主档案中添加房产", "An owner with this ID number is already registered in this estate: add the unit to their record"));
            return;
        }
        var since = request.OwnedSince ?? DateOnly.FromDateTime(now.UtcDateTime);
        if (_owners.TryGetValue(protectedId.LookupHash, out var known))
        {
            if (known.Row.Owner!.Name.Trim() != request.Name.Trim())
            {
                Fail(row, C.OwnerName, new($"同一证件号码在第 {known.Row.Line} 行的业主姓名不同", $"The same ID number has a different owner name on line {known.Row.Line}"));
                return;
            }
        }
        else
        {
            known = new PlannedOwner(Owner.Register(estateId, request.ToDetails(), protectedId, now), row) { Since = since };
            _owners[protectedId.LookupHash] = known;
            Batch.Owners.Add(known.Owner);
        }
        if (!_ownerships.Add((unit.Id, known.Owner.Id)))
        {
            Fail(row, C.OwnerName, new("同一业主对同一房间重复登记", "The same owner is listed twice for this unit"));
            return;
        }
        Batch.Ownerships.Add(Ownership.Start(unit, known.Owner, since));
        known.UnitIds.Add(unit.Id);
        known.Since = since < known.Since ? since : known.Since;
    }

    private void PlanTenancy(ParsedRow row, Unit unit)
    {
        var request = row.Tenancy!;
        if (_tenancies.TryGetValue(unit.Id, out var seen))
        {
            if (seen.Row.Tenancy != request)
            {
                Fail(row, C.TenantName, new($"与第 {seen.Row.Line} 行同一房间的租户信息不一致", $"Differs from the tenant of the same unit on line {seen.Row.Line}"));
            }
            return;
        }
        try
        {
            var tenancy = Tenancy.Start(unit, request.TenantName, request.Phone, request.LeaseStartsOn, request.LeaseEndsOn);
            _tenancies[unit.Id] = (tenancy, row);
            Batch.Tenancies.Add(tenancy);
        }
        catch (DomainException rule)
        {
            Fail(row, C.LeaseEndsOn, rule.Text);
        }
    }

    private void RaiseEvents()
    {
        foreach (var (unit, _) in _units.Values)
        {
            var building = existing.Buildings.GetValueOrDefault(unit.BuildingCode) ?? _newBuildings[unit.BuildingCode];
            Events.Add(UnitsApi.Registered(unit, building));
        }
        foreach (var planned in _owners.Values)
        {
            Events.Add(new OwnerRegistered
            {
                EventId = Guid.CreateVersion7(), OccurredAt = now, EstateId = estateId, OwnerId = planned.Owner.Id,
                UnitIds = planned.UnitIds, OwnedSince = planned.Since,
            });
        }
        foreach (var (tenancy, _) in _tenancies.Values)
        {
            Events.Add(new TenantLeaseStarted
            {
                EventId = Guid.CreateVersion7(), OccurredAt = now, EstateId = estateId, UnitId = tenancy.UnitId, TenancyId = tenancy.Id,
                LeaseStartsOn = tenancy.LeaseStartsOn, LeaseEndsOn = tenancy.LeaseEndsOn,
            });
        }
    }

    private void Fail(ParsedRow row, RegisterColumn column, LocalizedText message) =>
        Errors.Add(new ImportError(row.Line, column.Header(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh"), message.ToString()));
}

/// <summary>An owner the file introduces, with the units the file gives them.</summary>
internal sealed class PlannedOwner(Owner owner, ParsedRow row)
{
    public Owner Owner { get; } = owner;
    public ParsedRow Row { get; } = row;
    public List<Guid> UnitIds { get; } = [];
    public DateOnly Since { get; set; }
}
