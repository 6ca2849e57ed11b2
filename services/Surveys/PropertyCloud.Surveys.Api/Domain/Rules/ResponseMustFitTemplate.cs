using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>Answers name the template's items, once each, on its scale; remarks name its categories.</summary>
internal static class ResponseMustFitTemplate
{
    public static void Check(SurveyTemplate template, IReadOnlyList<Answer> answers, int? overall, IReadOnlyList<Remark> remarks)
    {
        for (var i = 0; i < answers.Count; i++)
        {
            if (template.CategoryOf(answers[i].ItemCode) is null)
            {
                throw new DomainException("response.unknown_item",
                    new($"问卷中没有子项 {answers[i].ItemCode}", $"The template has no item {answers[i].ItemCode}"), $"answers[{i}].itemCode");
            }
            template.ToIndex(answers[i].Value, $"answers[{i}].value");
        }
        if (answers.Select(a => a.ItemCode).Distinct().Count() != answers.Count)
        {
            throw new DomainException("response.duplicate_item", new("同一子项只能回答一次", "Each item is answered once"), "answers");
        }
        if (overall is not null)
        {
            if (template.OverallQuestion is null)
            {
                throw new DomainException("response.no_overall_question", new("该问卷没有总体满意度问题", "The template has no overall question"), "overall");
            }
            template.ToIndex(overall.Value, "overall");
        }
        for (var i = 0; i < remarks.Count; i++)
        {
            if (remarks[i].CategoryCode is { } code && template.Categories.All(c => c.Code != code))
            {
                throw new DomainException("response.unknown_category",
                    new($"问卷中没有大项 {code}", $"The template has no category {code}"), $"remarks[{i}].categoryCode");
            }
        }
    }
}
