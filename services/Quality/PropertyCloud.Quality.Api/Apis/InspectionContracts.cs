using FluentValidation;
using PropertyCloud.Quality.Api.Domain.Inspections;

namespace PropertyCloud.Quality.Api.Apis;

public sealed record ChecklistItemRequest(string Code, string Text);

public sealed record CreateChecklistRequest(string Name, IReadOnlyList<ChecklistItemRequest> Items);

/// <summary>A photo kept elsewhere, by its http(s) <paramref name="Url"/>, or one uploaded to the estate's photos, by its <paramref name="PhotoId"/>.</summary>
public sealed record PhotoRequest(string? Url, string? Caption, Guid? PhotoId = null);

public sealed record ItemCheckRequest(string Code, bool Passed, string? Note, DateOnly? RectifyBy, IReadOnlyList<PhotoRequest>? Photos);

public sealed record RecordInspectionRequest(Guid TemplateId, DateTimeOffset InspectedAt, IReadOnlyList<ItemCheckRequest> Items);

public sealed record RectifyFindingRequest(string Note, IReadOnlyList<PhotoRequest>? Photos);

public sealed record VerifyFindingRequest(bool Accepted);

internal sealed class CreateChecklistRequestValidator : AbstractValidator<CreateChecklistRequest>
{
    public CreateChecklistRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Items).NotEmpty();
        RuleForEach(r => r.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.Code).NotEmpty().MaximumLength(50);
            item.RuleFor(i => i.Text).NotEmpty().MaximumLength(500);
        });
    }
}

internal sealed class PhotoRequestValidator : AbstractValidator<PhotoRequest>
{
    public PhotoRequestValidator()
    {
        RuleFor(p => p.Url).NotEmpty().MaximumLength(2000)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .WithMessage("'{PropertyName}' must be an http(s) address.")
            .When(p => p.PhotoId is null);
        RuleFor(p => p.Url).Empty().WithMessage("'{PropertyName}' must be empty when a photoId is given.").When(p => p.PhotoId is not null);
        RuleFor(p => p.PhotoId).NotEqual(Guid.Empty).When(p => p.PhotoId is not null);
        RuleFor(p => p.Caption).MaximumLength(500);
    }
}

internal sealed class RecordInspectionRequestValidator : AbstractValidator<RecordInspectionRequest>
{
    public RecordInspectionRequestValidator()
    {
        RuleFor(r => r.TemplateId).NotEmpty();
        RuleFor(r => r.InspectedAt).NotEmpty();
        RuleFor(r => r.Items).NotEmpty();
        RuleForEach(r => r.Items).NotNull().ChildRules(item =>
        {
            item.RuleFor(i => i.Code).NotEmpty();
            item.RuleFor(i => i.Note).MaximumLength(2000);
            item.RuleForEach(i => i.Photos).NotNull().SetValidator(new PhotoRequestValidator());
        });
    }
}

internal sealed class RectifyFindingRequestValidator : AbstractValidator<RectifyFindingRequest>
{
    public RectifyFindingRequestValidator()
    {
        RuleFor(r => r.Note).NotEmpty().MaximumLength(2000);
        RuleForEach(r => r.Photos).NotNull().SetValidator(new PhotoRequestValidator());
    }
}
