<#-- GET /sanxiang/cases/.../timeline: the JSON is built by org.sanxiang.repo.webscripts.CaseTimeline (Jackson). -->
${json}
