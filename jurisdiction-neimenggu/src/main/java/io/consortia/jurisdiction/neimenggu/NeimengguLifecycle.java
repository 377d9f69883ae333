package io.consortia.jurisdiction.neimenggu;

import static io.consortia.kernel.lifecycle.Actor.APPLICANT;
import static io.consortia.kernel.lifecycle.Actor.CITY_BUREAU;
import static io.consortia.kernel.lifecycle.Actor.EXPERTS;
import static io.consortia.kernel.lifecycle.Actor.INDUSTRY_AUTHORITIES;
import static io.consortia.kernel.lifecycle.Actor.JOINT_MEETING;
import static io.consortia.kernel.lifecycle.Actor.MEMBERS;
import static io.consortia.kernel.lifecycle.Actor.PROVINCIAL_DEPARTMENT;
import static io.consortia.kernel.lifecycle.CoreState.DISSOLVED;
import static io.consortia.kernel.lifecycle.CoreState.ESTABLISHED;
import static io.consortia.kernel.lifecycle.CoreState.PROPOSED;
import static io.consortia.kernel.lifecycle.CoreState.UNDER_REVIEW;

import io.consortia.kernel.jurisdiction.EditionSetup;
import io.consortia.kernel.lifecycle.Clause;
import io.consortia.kernel.lifecycle.Ending;
import io.consortia.kernel.lifecycle.EventType;
import io.consortia.kernel.lifecycle.Evidence;
import io.consortia.kernel.lifecycle.Guard;
import io.consortia.kernel.lifecycle.ProjectLevel;
import io.consortia.kernel.lifecycle.Step;
import io.consortia.kernel.text.Text;
import java.util.Set;

/**
 * 内蒙古 Inner Mongolia's lifecycle (自治区科技厅 2024-12-19, 四, 六): top-down selection of the lead,
 * construction plan, feasibility review by experts, charter and formation agreement, approval by
 * a joint meeting and the department's official reply; afterwards internal changes follow the
 * charter, except that while a national or regional project runs a member change needs an
 * application to the project's authority ({@code projectAuthorityApplied}); a change of the
 * consortium's name or lead unit dissolves the original consortium.
 */
public final class NeimengguLifecycle {

    static final Clause SELECTION = Clause.quoted("四(一)",
            "確定牽頭企業以“自上而下”決策為主,由自治區科技廳會同行業主管部門,依據企業發展基礎、創新優勢等情況,結合產業鏈創新需求,擇優確定牽頭單位。");
    static final Clause PLAN = Clause.quoted("四(二)", "牽頭單位根據聯合體組建要求,聯合行業內相關企業、高等學校和科研院所,確定擬參加聯合體的成員單位,編制聯合體建設方案");
    static final Clause FEASIBILITY = Clause.quoted("四(三)", "自治區科技廳組織相關領域專家、自治區相關部門人員,對聯合體建設方案等進行論證,形成論證意見。");
    static final Clause CHARTER = Clause.quoted("四(四)", "牽頭單位會同成員單位共同擬定聯合體章程和組建協議");
    static final Clause APPROVAL = Clause.quoted("四(五)",
            "擬建聯合體由自治區科技廳組織相關方面,以聯席會議研究方式審定通過后,由自治區科技廳正式批復,命名為“內蒙古自治區×××產業鏈創新聯合體”。");
    static final Clause SUPERVISION = Clause.quoted("六(一)",
            "自治區科技廳作為聯合體建設主管單位,要健全完善聯合體建設管理等工作制度,對聯合體承擔自治區科技項目執行情況、聯合體事項變更等進行跟蹤監督。");
    static final Clause EVALUATION = Clause.quoted("六(一)", "自治區行業主管部門、盟市科技管理部門為聯合體推薦和歸口管理單位,應對聯合體內部管理、成員單位合作情況等定期進行評估評價。");
    static final Clause PROJECTS = Clause.quoted("六(二)", "如出現經費分配不當、任務配合不力等問題,自治區科技廳、財政廳將及時終止項目,收回經費。");
    static final Clause INTERNAL_CHANGES = Clause.quoted("六(三)", "聯合體可依據《章程》對組織機構、成員單位、共建協議等聯合體內部事宜進行變更和調整。");
    static final Clause PROJECT_CHANGES = Clause.quoted("六(三)", "變更事項如與承擔國家或自治區科技項目相關,須向項目主管部門提出申請。");
    static final Clause DISSOLUTION = Clause.quoted("六(三)", "聯合體的名稱或者牽頭單位主體發生變更的,原有的聯合體自行解散。");

    private NeimengguLifecycle() {}

    /** Declares the lifecycle's parameters and registers its procedure and what follows establishment. */
    public static void register(EditionSetup e) {
        e.lifecycle()
                .step(Step.of("lead-selection", "自治区科技厅会同行业主管部门择优确定牵头单位（自上而下）",
                        "the department and the industry authorities select the lead (top-down)", PROPOSED, SELECTION, PROVINCIAL_DEPARTMENT,
                        INDUSTRY_AUTHORITIES))
                .step(Step.of("plan", "牵头单位确定成员单位，编制建设方案", "the lead determines the members and drafts the construction plan", PROPOSED,
                        PLAN, APPLICANT, MEMBERS).events(EventType.APPLIED))
                .step(Step.of("feasibility", "自治区科技厅组织专家可行性论证", "feasibility review by experts the department convenes", UNDER_REVIEW,
                        FEASIBILITY, PROVINCIAL_DEPARTMENT, EXPERTS).events(EventType.REVIEWED))
                .step(Step.of("charter", "拟定章程和组建协议", "charter and formation agreement drawn up", UNDER_REVIEW, CHARTER, APPLICANT, MEMBERS))
                .step(Step.of("approval", "联席会议审定通过，自治区科技厅正式批复并命名", "approved by the joint meeting; official reply and naming",
                        UNDER_REVIEW, APPROVAL, JOINT_MEETING, PROVINCIAL_DEPARTMENT).events("JOINT_MEETING_APPROVED", "ESTABLISHED"))
                .step(Step.of("evaluation", "行业主管部门、盟市科技管理部门定期评估评价", "periodic evaluation by the industry authorities and league/city S&T bureaus",
                        ESTABLISHED, EVALUATION, INDUSTRY_AUTHORITIES, CITY_BUREAU).events(EventType.EVALUATED))
                .step(Step.of("projects", "承担自治区科技项目；经费分配不当、任务配合不力的终止项目、收回经费",
                        "regional S&T projects; misused funds or poor cooperation end the project and recover its funds", ESTABLISHED, PROJECTS,
                        APPLICANT, PROVINCIAL_DEPARTMENT).events(EventType.PROJECT_STARTED, EventType.PROJECT_ENDED))
                .step(Step.of("internal-changes", "依据章程变更组织机构、成员单位、共建协议（涉及国家或自治区科技项目的，须向项目主管部门提出申请）",
                        "internal changes (organisation, members, agreement) under the charter (with an application to the project's authority "
                                + "while a national or regional project runs)",
                        ESTABLISHED, INTERNAL_CHANGES, APPLICANT, MEMBERS).events(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED))
                .step(Step.of("name-or-lead-change", "名称或牵头单位变更：原联合体自行解散", "a change of name or lead unit dissolves the original consortium",
                        ESTABLISHED, DISSOLUTION, APPLICANT).events(EventType.LEAD_CHANGED, EventType.RENAMED))
                .step(Step.of("supervision", "自治区科技厅跟踪监督", "the department supervises", ESTABLISHED, SUPERVISION, PROVINCIAL_DEPARTMENT)
                        .events(EventType.TERMINATED, EventType.DISSOLUTION_REQUESTED))
                .supervision(SUPERVISION)
                .guard(new Guard.RequiresEvidence(Set.of(EventType.MEMBER_ADDED, EventType.MEMBER_REMOVED), Set.of(Evidence.PROJECT_AUTHORITY_APPLIED),
                        Set.of(ProjectLevel.NATIONAL, ProjectLevel.PROVINCIAL),
                        Text.of("承担国家或自治区科技项目期间，成员变更须向项目主管部门提出申请",
                                "while a national or regional (provincial) project runs, a member change needs an application to its authority"),
                        PROJECT_CHANGES))
                .ending(new Ending(Set.of(EventType.LEAD_CHANGED, EventType.RENAMED), DISSOLVED,
                        Text.of("联合体名称或牵头单位变更，原有的联合体自行解散", "a change of the consortium's name or lead unit dissolves the original consortium"),
                        DISSOLUTION));
    }
}
