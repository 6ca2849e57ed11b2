using FluentValidation;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Apis;

public sealed record TemplateItemRequest(string Code, string Text);

public sealed record TemplateCategoryRequest(string Code, string Name, decimal? Weight, IReadOnlyList<TemplateItemRequest> Items);

/// <summary>A new template, or a new version of the template with the same code.</summary>
public sealed record TemplateRequest(
    string Code, string Name, int ScalePoints, string? OverallQuestion, IReadOnlyList<TemplateCategoryRequest> Categories)
{
    public List<TemplateCategory> ToCategories() =>
        [.. Categories.Select(c => new TemplateCategory
        {
            Code = c.Code,
            Name = c.Name,
            Weight = c.Weight,
            Items = [.. c.Items.Select(i => new TemplateItem(i.Code, i.Text))],
        })];
}

public sealed record TemplateResponse(
    Guid Id, string Code, int Version, string Name, int ScalePoints, string? OverallQuestion, int ItemCount,
    IReadOnlyList<TemplateCategory> Categories)
{
    public static TemplateResponse From(SurveyTemplate t) =>
        new(t.Id, t.Code, t.Version, t.Name, t.ScalePoints, t.OverallQuestion, t.ItemCount, t.Categories);
}

internal sealed class TemplateRequestValidator : AbstractValidator<TemplateRequest>
{
    public TemplateRequestValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.OverallQuestion).MaximumLength(200);
        RuleFor(r => r.Categories).NotEmpty();
        RuleForEach(r => r.Categories).NotNull().ChildRules(category =>
        {
            category.RuleFor(c => c.Code).NotEmpty().MaximumLength(64);
            category.RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
            category.RuleFor(c => c.Items).NotEmpty();
            category.RuleForEach(c => c.Items).NotNull().ChildRules(item =>
            {
                item.RuleFor(i => i.Code).NotEmpty().MaximumLength(64);
                item.RuleFor(i => i.Text).NotEmpty().MaximumLength(200);
            });
        });
    }
}
