using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Extensions;
using PropertyCloud.Partners.Contracts;

namespace PropertyCloud.Partners.Api.Apis;

/// <summary>Partner systems: the group administrator registers them with their grants; a partner reads its own record.</summary>
public static class PartnersApi
{
    internal static readonly LocalizedText PartnerText = new("合作方", "partner");

    public static RouteGroupBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/partners").WithTags("Partners");
        api.MapPost("/", RegisterPartner).RequireAuthorization(PartnersPolicies.ManagePartners).Validate<RegisterPartnerRequest>();
        api.MapGet("/", ListPartners).RequireAuthorization(PartnersPolicies.ManagePartners);
        api.MapPut("/{partnerId:guid}/grants", ChangeGrants).RequireAuthorization(PartnersPolicies.ManagePartners).Validate<ChangeGrantsRequest>();
        api.MapPost("/{partnerId:guid}/webhook-secret", RotateWebhookSecret).RequireAuthorization(PartnersPolicies.ManagePartners);
        api.MapPost("/{partnerId:guid}/broker-password", RotateBrokerPassword).RequireAuthorization(PartnersPolicies.ManagePartners);
        api.MapGet("/me", GetMe).RequireAuthorization(PartnersPolicies.ReadFeed);
        api.MapGet("/{partnerId:guid}", GetPartner).RequireAuthorization(PartnersPolicies.ReadFeed);
        return api;
    }

    public static async Task<Created<PartnerRegisteredResponse>> RegisterPartner(
        RegisterPartnerRequest request, [AsParameters] PartnersServices services, CancellationToken cancellationToken)
    {
        if (await services.Db.Partners.AnyAsync(p => p.Code == request.Code, cancellationToken))
        {
            throw new ConflictException("partner.code_taken", new($"合作方编码 {request.Code} 已被使用", $"Partner code {request.Code} is taken"), "code");
        }
        var now = services.Clock.GetUtcNow();
        var grants = new PartnerGrants(request.GrantedTypes, request.GrantedEstates ?? [], request.AllEstates, request.PersonalDataGranted);
        var partner = Partner.Register(request.Code, request.Name, grants, request.WebhookUrl, request.Amqp, now);
        var brokerPassword = partner.Amqp ? partner.IssueBrokerPassword() : null;
        var webhookSecret = partner.WebhookUrl is null ? null : partner.IssueWebhookSecret(services.Secrets);
        services.Db.Partners.Add(partner);
        services.Db.AddIntegrationEvent(new PartnerRegistered
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = now,
            EstateId = Guid.Empty,
            PartnerId = partner.Id,
            ClientId = partner.ClientId,
            DisplayName = partner.Name,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        if (partner.Amqp)
        {
            await BindQueueAsync(partner, services, () => services.Amqp.DeclareQueueAsync(partner, cancellationToken), cancellationToken);
        }
        var broker = brokerPassword is null ? null : BrokerLogin(partner, brokerPassword, services);
        return TypedResults.Created($"/api/partners/{partner.Id}", new PartnerRegisteredResponse(PartnerResponse.From(partner), webhookSecret, broker));
    }

    /// <summary>A new webhook signing secret, shown once; messages sent from now on are signed with it.</summary>
    public static Task<Results<Ok<WebhookSecretResponse>, ProblemHttpResult>> RotateWebhookSecret(
        Guid partnerId, [AsParameters] PartnersServices services, CancellationToken cancellationToken) =>
        ChangePartnerAsync(partnerId, services, partner => new WebhookSecretResponse(partner.IssueWebhookSecret(services.Secrets)), cancellationToken);

    /// <summary>A new broker password for the partner (a lost or leaked one); the old one stops working once the provisioner has run.</summary>
    public static Task<Results<Ok<BrokerCredentials>, ProblemHttpResult>> RotateBrokerPassword(
        Guid partnerId, [AsParameters] PartnersServices services, CancellationToken cancellationToken) =>
        ChangePartnerAsync(partnerId, services, partner => BrokerLogin(partner, partner.IssueBrokerPassword(), services), cancellationToken);

    /// <summary>Applies a change to the partner, saves it and answers what the change returned; 404 for an unknown partner.</summary>
    private static async Task<Results<Ok<T>, ProblemHttpResult>> ChangePartnerAsync<T>(
        Guid partnerId, PartnersServices services, Func<Partner, T> change, CancellationToken cancellationToken)
    {
        var partner = await services.Db.Partners.FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken);
        if (partner is null)
        {
            return ApiProblems.NotFound(PartnerText, partnerId);
        }
        var answer = change(partner);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(answer);
    }

    /// <summary>What a partner's engineer needs to connect: user, the password just issued, and the virtual host.</summary>
    private static BrokerCredentials BrokerLogin(Partner partner, string password, PartnersServices services) =>
        new(partner.BrokerUser!, password, services.Broker.VirtualHost);

    public static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> ChangeGrants(
        Guid partnerId, ChangeGrantsRequest request, [AsParameters] PartnersServices services, CancellationToken cancellationToken)
    {
        var partner = await services.Db.Partners.FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken);
        if (partner is null)
        {
            return ApiProblems.NotFound(PartnerText, partnerId);
        }
        var previousKeys = partner.BindingKeys().ToList();
        partner.ChangeGrants(new PartnerGrants(request.GrantedTypes, request.GrantedEstates ?? [], request.AllEstates, request.PersonalDataGranted));
        await services.Db.SaveChangesAsync(cancellationToken);
        if (partner.Amqp)
        {
            await BindQueueAsync(partner, services, () => services.Amqp.RebindQueueAsync(partner, previousKeys, cancellationToken), cancellationToken);
        }
        return TypedResults.Ok(PartnerResponse.From(partner));
    }

    public static async Task<Ok<PagedResult<PartnerResponse>>> ListPartners(
        [AsParameters] PartnersServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Partners.AsNoTracking();
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(p => p.Code).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<PartnerResponse>([.. items.Select(PartnerResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> GetMe(
        [AsParameters] PartnersServices services, CancellationToken cancellationToken)
    {
        var clientId = services.User.Id ?? "";
        var partner = await services.Db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.ClientId == clientId, cancellationToken);
        return partner is null ? ApiProblems.NotFound(PartnerText, services.User.Id ?? "") : TypedResults.Ok(PartnerResponse.From(partner));
    }

    public static async Task<Results<Ok<PartnerResponse>, ProblemHttpResult>> GetPartner(
        Guid partnerId, [AsParameters] PartnersServices services, CancellationToken cancellationToken)
    {
        var partner = await FindVisibleAsync(partnerId, services, cancellationToken);
        return partner is null ? ApiProblems.NotFound(PartnerText, partnerId) : TypedResults.Ok(PartnerResponse.From(partner));
    }

    /// <summary>The partner, if the caller is the administrator or that partner's own client; otherwise null (404, not 403: no probing).</summary>
    internal static async Task<Partner?> FindVisibleAsync(Guid partnerId, PartnersServices services, CancellationToken cancellationToken)
    {
        var partner = await services.Db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken);
        return partner is not null && (services.User.IsInRole(Roles.GroupAdmin) || services.User.Id == partner.ClientId) ? partner : null;
    }

    /// <summary>
    /// Best effort: the dispatcher declares the queue and binds the granted keys before the next message anyway; only
    /// unbinding withdrawn keys waits for a later change (the dispatcher never sends what is not granted).
    /// </summary>
    private static async Task BindQueueAsync(Partner partner, PartnersServices services, Func<Task> bind, CancellationToken cancellationToken)
    {
        try
        {
            await bind();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            services.Logger.LogWarning(ex, "Binding the queue of partner {Partner} failed; the dispatcher will bind it", partner.Code);
        }
    }
}
