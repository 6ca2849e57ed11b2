using Microsoft.AspNetCore.Http.HttpResults;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>Problem answers particular to repairs and complaints.</summary>
internal static class RepairProblems
{
    public static readonly LocalizedText RepairOrder = new("维修工单", "repair order");
    public static readonly LocalizedText Complaint = new("投诉", "complaint");
    public static readonly LocalizedText Team = new("维修班组", "maintenance team");
    public static readonly LocalizedText Photo = new("照片", "photo");

    /// <summary>403: a maintenance worker acts only on orders dispatched to them.</summary>
    public static ProblemHttpResult NotAssignee() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: new LocalizedText("该工单未派给您，您不能处理", "This order is not assigned to you").ToString());

    /// <summary>403: major complaints are handled by the estate manager.</summary>
    public static ProblemHttpResult MajorComplaintNeedsManager() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
        title: new LocalizedText("重大投诉须由管理处经理处理", "Major complaints are handled by the estate manager").ToString());
}
