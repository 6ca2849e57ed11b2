using FluentValidation;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Imports;
using PropertyCloud.Residents.Api.Domain.People;
using C = PropertyCloud.Residents.Api.Import.RegisterColumns;

namespace PropertyCloud.Residents.Api.Import;

/// <summary>Turns a file row into the API's own request records and validates them with the API's own validators.</summary>
internal sealed class RegisterRowParser
{
    private readonly UnitRequestValidator _units = new();
    private readonly OwnerRequestValidator _owners = new();
    private readonly TenancyRequestValidator _tenancies = new();

    private static readonly Dictionary<string, RegisterColumn> UnitFields = new()
    {
        [nameof(UnitRequest.Entrance)] = C.Entrance, [nameof(UnitRequest.Floor)] = C.Floor, [nameof(UnitRequest.Number)] = C.Number,
        [nameof(UnitRequest.Layout)] = C.Layout, [nameof(UnitRequest.BuildingArea)] = C.BuildingArea,
        [nameof(UnitRequest.UsableArea)] = C.UsableArea, [nameof(UnitRequest.Usage)] = C.Usage,
    };

    private static readonly Dictionary<string, RegisterColumn> OwnerFields = new()
    {
        [nameof(OwnerRequest.Kind)] = C.OwnerKind, [nameof(OwnerRequest.Name)] = C.OwnerName, [nameof(OwnerRequest.Gender)] = C.Gender,
        [nameof(OwnerRequest.Phone)] = C.Phone, [nameof(OwnerRequest.IdDocumentType)] = C.IdType, [nameof(OwnerRequest.IdNumber)] = C.IdNumber,
        [nameof(OwnerRequest.NativePlace)] = C.NativePlace, [nameof(OwnerRequest.Address)] = C.Address,
        [nameof(OwnerRequest.MovedInOn)] = C.MovedInOn, [nameof(OwnerRequest.OwnedSince)] = C.OwnedSince,
    };

    private static readonly Dictionary<string, RegisterColumn> TenancyFields = new()
    {
        [nameof(TenancyRequest.TenantName)] = C.TenantName, [nameof(TenancyRequest.Phone)] = C.TenantPhone,
        [nameof(TenancyRequest.LeaseStartsOn)] = C.LeaseStartsOn, [nameof(TenancyRequest.LeaseEndsOn)] = C.LeaseEndsOn,
    };

    /// <summary>The parsed row, or null when any cell is bad (each reason added to <paramref name="errors"/>).</summary>
    public ParsedRow? Parse(RegisterRow row, List<ImportError> errors)
    {
        var before = errors.Count;
        var cells = new RowReader(row, errors);
        if (!cells.Has(C.Building))
        {
            cells.Fail(C.Building, new("楼栋不能为空", "Building must not be empty"));
        }
        var unreadable = cells.ErrorCount;
        var unit = new UnitRequest(cells.Text(C.Entrance), cells.Int(C.Floor), cells.Text(C.Number), cells.Text(C.Layout),
            cells.Decimal(C.BuildingArea), cells.Decimal(C.UsableArea),
            cells.Label<UnitUsage>(C.Usage, UnitUsage.Residence, RegisterLabels.TryParse));
        Check(_units, unit, UnitFields, cells, unreadable);
        var owner = ReadOwner(cells);
        var tenancy = ReadTenancy(cells);
        return errors.Count == before ? new ParsedRow(row.Line, cells.Text(C.Building), unit, owner, tenancy) : null;
    }

    private OwnerRequest? ReadOwner(RowReader cells)
    {
        if (!cells.Has(C.OwnerName) && !cells.Has(C.IdNumber) && !cells.Has(C.Phone))
        {
            return null;
        }
        var unreadable = cells.ErrorCount;
        var movedIn = cells.Date(C.MovedInOn);
        var owner = new OwnerRequest(
            cells.Label<OwnerKind>(C.OwnerKind, OwnerKind.Person, RegisterLabels.TryParse), cells.Text(C.OwnerName),
            cells.Label<Gender>(C.Gender, Gender.Unspecified, RegisterLabels.TryParse), cells.Text(C.Phone),
            cells.Label<IdDocumentType>(C.IdType, IdDocumentType.ResidentIdCard, RegisterLabels.TryParse), cells.Text(C.IdNumber),
            cells.Text(C.NativePlace), cells.Text(C.Address), movedIn, null, cells.Date(C.OwnedSince) ?? movedIn);
        Check(_owners, owner, OwnerFields, cells, unreadable);
        return owner;
    }

    private TenancyRequest? ReadTenancy(RowReader cells)
    {
        if (!cells.Has(C.TenantName) && !cells.Has(C.TenantPhone))
        {
            return null;
        }
        if (!cells.Has(C.LeaseStartsOn) || !cells.Has(C.LeaseEndsOn))
        {
            cells.Fail(cells.Has(C.LeaseStartsOn) ? C.LeaseEndsOn : C.LeaseStartsOn,
                new("登记租户时租期开始和结束日期必填", "A tenant needs both lease dates"));
            return null;
        }
        var unreadable = cells.ErrorCount;
        var tenancy = new TenancyRequest(cells.Text(C.TenantName), cells.Text(C.TenantPhone),
            cells.Date(C.LeaseStartsOn) ?? default, cells.Date(C.LeaseEndsOn) ?? default);
        Check(_tenancies, tenancy, TenancyFields, cells, unreadable);
        return tenancy;
    }

    /// <summary>Validates unless a cell was unreadable already (a bad number would only fail again as zero).</summary>
    private static void Check<T>(IValidator<T> validator, T request, Dictionary<string, RegisterColumn> columns, RowReader cells, int errorsBefore)
    {
        if (cells.ErrorCount > errorsBefore)
        {
            return;
        }
        foreach (var failure in validator.Validate(request).Errors)
        {
            var column = columns.GetValueOrDefault(failure.PropertyName) ?? columns.Values.First();
            cells.Report(column, failure.ErrorMessage);
        }
    }
}
