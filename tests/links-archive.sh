# A made-up dated archive with continuations across pages (work item
# 12), shared by tests/cli/links.sh and tests/e2e/links.sh:
# links_archive DIR writes 2021-07-26 pages 1 and 4 (下转4版 / 上接1版,
# and an article with no marks) and 2021-07-27 page 1 (下转4版, its
# page 4 missing).
links_archive() {
	A=$1
	mkdir -p "$A/2021/07/26" "$A/2021/07/27"
	cat >"$A/2021/07/26/page-1.txt" <<'PAGE'
吕梁新区体育中心钢结构合拢

本报讯（记者 王涛）7月25日，吕梁新区体育中心体育场钢结构顺利合拢。体育场主桁架跨度达一百二十米，采用整体提升工艺，共分六个提升单元，中建八局项目团队连续作业七十二小时完成合拢。（下转4版）
PAGE
	cat >"$A/2021/07/26/page-4.txt" <<'PAGE'
体育中心钢结构合拢

（上接1版）据了解，体育场钢结构工程由中建八局承建，主桁架合拢后转入屋面和幕墙施工，体育中心年底前完成主体工程。

交口县举办乡村篮球赛

本报讯（记者 张娟娟）交口县首届乡村篮球赛开赛，来自各乡镇的十六支代表队参赛，比赛将持续一周。
PAGE
	cat >"$A/2021/07/27/page-1.txt" <<'PAGE'
离石区老旧小区改造提速

本报讯（记者 王卫斌）离石区今年改造老旧小区四十二个，加装电梯、更换管网、增设停车位，惠及居民一万二千户。（下转4版）
PAGE
}
