namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>The complainant's opinion of the result, as written on the feedback form.</summary>
public enum ComplainantOpinion
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}
