<#-- POST /sanxiang/evaluate: the JSON is built by org.sanxiang.repo.webscripts.EvaluateRequest (Jackson). -->
${json}
