namespace PropertyCloud.Archives.Api.Domain.Lending;

/// <summary>Who the request is for: the staff member themself, or the police or a court, which need a verified warrant.</summary>
public enum LoanRequester
{
    Staff,
    Police,
    Court,
}
