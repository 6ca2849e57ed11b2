using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.Archives.Api.Domain.Engineering;
using PropertyCloud.Archives.Api.Domain.Files;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>Equipment files (设备档案): registration, maintenance log and inspection certificates with their expiry.</summary>
public static class EquipmentApi
{
    private static readonly LocalizedText EquipmentText = new("设备", "equipment");

    public static RouteGroupBuilder MapEquipmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/archives/estates/{estateId:guid}/equipment").WithTags("Equipment");
        api.MapGet("/", ListEquipment).RequireAuthorization(ArchivesPolicies.ReadFiles);
        api.MapPost("/", Register).RequireAuthorization(ArchivesPolicies.ManageDocuments).Validate<EquipmentRequest>();
        api.MapGet("/certificates", ListCertificates).RequireAuthorization(ArchivesPolicies.RecordEquipment);
        api.MapGet("/{equipmentId:guid}", GetEquipment).RequireAuthorization(ArchivesPolicies.RecordEquipment);
        api.MapPost("/{equipmentId:guid}/maintenance-log", LogMaintenance).RequireAuthorization(ArchivesPolicies.RecordEquipment)
            .Validate<MaintenanceLogRequest>();
        api.MapPost("/{equipmentId:guid}/certificates", RecordCertificate).RequireAuthorization(ArchivesPolicies.ManageDocuments)
            .Validate<CertificateRequest>();
        return api;
    }

    public static async Task<Ok<PagedResult<EquipmentResponse>>> ListEquipment(
        Guid estateId, [AsParameters] ArchivesServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Equipment.AsNoTracking().Include(e => e.Certificates).Where(e => e.EstateId == estateId);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.Code).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<EquipmentResponse>([.. items.Select(EquipmentResponse.From)], page.Number, page.Size, total));
    }

    /// <summary>Registers the equipment and opens its equipment file in one transaction.</summary>
    public static async Task<Results<Created<EquipmentResponse>, ProblemHttpResult>> Register(
        Guid estateId, EquipmentRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var now = services.Clock.GetUtcNow();
        var file = ArchiveFile.Open(estateId, ArchiveFileKind.Equipment, $"SB-{request.Code!.Trim()}", request.Name!, null, services.User.Id ?? "", now);
        var equipment = Equipment.Register(estateId, file.Id, request.Code!, request.Name!, request.Location!, request.InstalledOn, now);
        services.Db.ArchiveFiles.Add(file);
        services.Db.Equipment.Add(equipment);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new ConflictException("equipment.code_taken",
                new($"设备编号 {equipment.Code} 已登记", $"Equipment code {equipment.Code} is already registered"), "code");
        }
        return TypedResults.Created($"/api/archives/estates/{estateId}/equipment/{equipment.Id}", EquipmentResponse.From(equipment));
    }

    public static async Task<Results<Ok<EquipmentResponse>, ProblemHttpResult>> GetEquipment(
        Guid estateId, Guid equipmentId, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var equipment = await services.Db.Equipment.AsNoTracking().Include(e => e.Certificates)
            .FirstOrDefaultAsync(e => e.Id == equipmentId && e.EstateId == estateId, cancellationToken);
        return equipment is null ? ApiProblems.NotFound(EquipmentText, equipmentId) : TypedResults.Ok(EquipmentResponse.From(equipment));
    }

    public static async Task<Results<Ok<EquipmentResponse>, ProblemHttpResult>> LogMaintenance(
        Guid estateId, Guid equipmentId, MaintenanceLogRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var equipment = await services.Db.InTransactionAsync(async () =>
        {
            var equipment = await FindAsync(services, estateId, equipmentId, cancellationToken);
            equipment?.LogMaintenance(request.PerformedOn!.Value, request.Work!, request.PerformedBy!, services.User.Id ?? "", services.Clock.GetUtcNow());
            return equipment;
        }, cancellationToken);
        return equipment is null ? ApiProblems.NotFound(EquipmentText, equipmentId) : TypedResults.Ok(EquipmentResponse.From(equipment));
    }

    public static async Task<Results<Created<CertificateResponse>, ProblemHttpResult>> RecordCertificate(
        Guid estateId, Guid equipmentId, CertificateRequest request, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var equipment = await FindAsync(services, estateId, equipmentId, cancellationToken);
        if (equipment is null)
        {
            return ApiProblems.NotFound(EquipmentText, equipmentId);
        }
        var certificate = equipment.RecordCertificate(request.CertificateNumber!, request.Issuer!, request.IssuedOn!.Value, request.ExpiresOn!.Value,
            services.User.Id ?? "", services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/archives/estates/{estateId}/equipment/{equipmentId}", CertificateResponse.From(certificate));
    }

    /// <summary>Ten years: certificates are renewed well within that, and a longer window is a typo.</summary>
    private const int MaxExpiryWindowDays = 3650;

    /// <summary>The estate's certificates by expiry; <c>?expiringWithinDays=30</c> gives those valid and lapsing within that many days.</summary>
    public static async Task<Ok<IReadOnlyList<CertificateResponse>>> ListCertificates(
        Guid estateId, int? expiringWithinDays, [AsParameters] ArchivesServices services, CancellationToken cancellationToken)
    {
        var query = services.Db.InspectionCertificates.AsNoTracking().Where(c => c.EstateId == estateId);
        if (expiringWithinDays is { } days)
        {
            if (days is < 0 or > MaxExpiryWindowDays)
            {
                throw new DomainException("certificates.window_out_of_range",
                    new($"expiringWithinDays 须在 0 至 {MaxExpiryWindowDays} 天之间", $"expiringWithinDays must be between 0 and {MaxExpiryWindowDays} days"),
                    "expiringWithinDays");
            }
            var today = EstateCalendar.Day(services.Clock.GetUtcNow());
            var last = today.AddDays(days);
            query = query.Where(c => c.ExpiresOn >= today && c.ExpiresOn <= last);
        }
        var certificates = await query.OrderBy(c => c.ExpiresOn).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CertificateResponse>>([.. certificates.Select(CertificateResponse.From)]);
    }

    private static Task<Equipment?> FindAsync(ArchivesServices services, Guid estateId, Guid equipmentId, CancellationToken cancellationToken) =>
        services.Db.Equipment.Include(e => e.Certificates).FirstOrDefaultAsync(e => e.Id == equipmentId && e.EstateId == estateId, cancellationToken);
}
