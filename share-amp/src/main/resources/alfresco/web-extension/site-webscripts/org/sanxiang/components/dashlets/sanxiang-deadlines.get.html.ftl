<#-- Sanxiang deadlines dashlet. Rows come from sanxiang-deadlines.get.js; every label is in
     sanxiang-deadlines.get*.properties (en, zh_CN). -->
<@markup id="css">
   <#-- No CSS dependencies: the table uses Share's dashlet styles. -->
</@>

<@markup id="js">
   <#-- No JavaScript dependencies: the list is rendered on the server. -->
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <div class="dashlet sanxiang-deadlines">
         <div class="title">${msg("header")}</div>
         <div class="body scrollableList" style="height: 250px;">
         <#if !available>
            <div class="dashlet-padding">${msg("message.unavailable")}</div>
         <#elseif deadlines?size == 0>
            <div class="dashlet-padding">${msg("message.none")}</div>
         <#else>
            <table class="sanxiang-deadlines-table" style="width: 100%;">
               <thead>
                  <tr>
                     <th>${msg("column.case")}</th>
                     <th>${msg("column.kind")}</th>
                     <th>${msg("column.due")}</th>
                     <th>${msg("column.citation")}</th>
                  </tr>
               </thead>
               <tbody>
               <#list deadlines as d>
                  <tr<#if d.overdue> class="overdue" style="color: #b00;"</#if>>
                     <td><a href="${url.context}/page/folder-details?nodeRef=${d.nodeRef?url}">${d.caseNumber?html}</a><#if d.caseName != ""><br />${d.caseName?html}</#if></td>
                     <td>${msg("kind." + d.kind)?html}</td>
                     <td>${d.dueDate?html}<#if d.overdue> ${msg("label.overdue")}</#if><#if d.provisional> <span title="${msg("label.provisional.title")?html}">${msg("label.provisional")}</span></#if></td>
                     <td>${d.citation?html}</td>
                  </tr>
               </#list>
               </tbody>
            </table>
         </#if>
         </div>
      </div>
   </@>
</@>
