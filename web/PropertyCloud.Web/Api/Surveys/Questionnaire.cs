namespace PropertyCloud.Web.Api.Surveys;

/// <summary>The questions of a questionnaire: categories of items, each scored 1 to <see cref="ScalePoints"/>.</summary>
public sealed record Questionnaire(Guid Id, string Name, int ScalePoints, string? OverallQuestion, int ItemCount,
    IReadOnlyList<QuestionnaireCategory> Categories);

public sealed record QuestionnaireCategory(string Code, string Name, IReadOnlyList<QuestionnaireItem> Items);

public sealed record QuestionnaireItem(string Code, string Text);

/// <summary>A resident's answers: a score per item and, if asked, an overall score.</summary>
public sealed record QuestionnaireAnswers(IReadOnlyList<ItemAnswer> Answers, int? Overall);

public sealed record ItemAnswer(string ItemCode, int Value);

/// <summary>What the Surveys API says after saving answers: complete once every item is answered.</summary>
public sealed record AnswersSaved(bool Complete, int AnsweredItems, int TotalItems);
