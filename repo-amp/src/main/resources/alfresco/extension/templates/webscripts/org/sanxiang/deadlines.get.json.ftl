<#-- GET /sanxiang/deadlines: model from the Java-backed bean webscript.org.sanxiang.deadlines.get
     (see deadlines.get.desc.xml). Strings are JSON-escaped; booleans and the list are literal. -->
<#escape x as jsonUtils.encodeJSONString(x)>
{
   "generatedAt": "${generatedAt}",
   "deadlines":
   [
   <#list deadlines as d>
      {
         "nodeRef": "${d.nodeRef}",
         "caseNumber": "${d.caseNumber!""}",
         "caseName": "${d.caseName!""}",
         "kind": "${d.kind}",
         "due": "${d.due}",
         "dueDate": "${d.dueDate}",
         "overdue": ${d.overdue?string("true", "false")},
         "provisional": ${d.provisional?string("true", "false")},
         "citation": "${d.citation!""}",
         "site": "${d.site!""}"
      }<#if d_has_next>,</#if>
   </#list>
   ]
}
</#escape>
