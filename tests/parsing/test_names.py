import pytest

from disclosures.parsing.names import locate, normalize_department_type, scope_from_name


@pytest.mark.parametrize("name,region,province", [
    ("垫江县人民政府办公室", "垫江县", "重庆市"),
    ("重庆市铜梁区人民政府办公室", "铜梁区", "重庆市"),
    ("浙江省安吉县财政局", "安吉县", "浙江省"),
    ("成都市武侯区教育局", "武侯区", "四川省"),
    ("浏阳市农业农村局", "浏阳市", "湖南省"),
    ("达拉特旗财政局", "达拉特旗", "内蒙古自治区"),
    ("石柱土家族自治县卫生健康委员会", "石柱土家族自治县", "重庆市"),
    ("中共铜梁区委办公室", "铜梁区", "重庆市"),
    # An organ's name printed before its county: the region is still the county.
    ("政协屯昌县委员会办公室", "屯昌县", "海南省"),
    ("中国人民政治协商会议西吉县委员会", "西吉县", "宁夏回族自治区"),
    ("人大常委会佛坪县办公室", "佛坪县", "陕西省"),
    ("九三学社古蔺县委员会", "古蔺县", "四川省"),
    # A vertically managed office prints its national head office first.
    ("国家税务总局桐庐县税务局", "桐庐县", "浙江省"),
    ("国家税务总局宁乡市税务局", "宁乡市", "湖南省"),
    ("中国人民银行垫江县支行", "垫江县", "重庆市"),
    # A 兵团 division printed before its city.
    ("第八师石河子市水利局", "石河子市", "新疆维吾尔自治区"),
    ("新疆生产建设兵团第一师阿拉尔市林业局", "阿拉尔市", "新疆维吾尔自治区"),
])
def test_it_locates_a_unit_by_its_title(name, region, province):
    place = locate(name)
    assert (place.region, place.province) == (region, province)


def test_a_county_name_shared_by_two_provinces_is_not_guessed():
    # 江北区 is in 重庆市 and in 宁波市 (浙江省): without a province in the name or the text, say nothing.
    assert locate("江北区财政局").province is None
    assert locate("江北区财政局", context="重庆市江北区").province == "重庆市"


@pytest.mark.parametrize("name,kind", [
    ("垫江县人民政府办公室", "人民政府办公室"),
    ("重庆市铜梁区人民政府办公室", "人民政府办公室"),
    ("重庆市大足区人民政府办公室", "人民政府办公室"),
    ("铜梁区政府办公室", "人民政府办公室"),
    ("垫江县人民政府办公室（本级）", "人民政府办公室"),
    ("中共垫江县委办公室", "党委办公室"),
    ("中共铜梁区委办公室", "党委办公室"),
    ("浙江省安吉县财政局", "财政局"),
    ("垫江县卫生健康委员会", "卫生健康委员会"),
    ("政协屯昌县委员会办公室", "政协委员会办公室"),
    ("中国人民政治协商会议西吉县委员会办公室", "政协委员会办公室"),
])
def test_peer_departments_share_a_type(name, kind):
    assert normalize_department_type(name) == kind


@pytest.mark.parametrize("name", ["政协委员联络中心", "城市管理局", "市场监督管理局", "县财政局", "经济开发区管理委员会", "财政局"])
def test_a_name_without_a_place_locates_nowhere(name):
    assert locate(name).region is None


@pytest.mark.parametrize("name,region,province", [
    ("宁乡市财政局", "宁乡市", "湖南省"),  # 宁乡县 in the gazetteer: a county since made a city
    ("沙县区教育局", "沙县区", "福建省"),  # 沙县 since made a district
    ("重庆市两江新区财政局", "两江新区", "重庆市"),  # not in the list at all: the name's own 区
])
def test_it_locates_counties_renamed_or_newer_than_the_gazetteer(name, region, province):
    place = locate(name)
    assert (place.region, place.province) == (region, province)


@pytest.mark.parametrize("name,scope", [
    ("临澧县住房和城乡建设局", "部门"),
    ("安化县卫生健康委员会", "部门"),
    ("宁远县人民政府办公室", "部门"),
    ("中共桃江县委组织部", "部门"),
    ("茶陵县腰潞镇人民政府", "部门"),
    ("芙蓉区定王台街道办事处", "部门"),
    ("衡南县人民法院", "部门"),
    ("衡南县人民检察院", "部门"),
    ("政协双峰县委员会", "部门"),
    ("新化县人大常委会办公室", "部门"),
    ("汉寿县妇联", "部门"),
    ("沅陵县第二人民医院", "单位"),
    ("沅陵县官庄镇中心卫生院", "单位"),
    ("祁东县第一中学", "单位"),
    ("攸县城关镇中心小学", "单位"),
    ("洞口县疾病预防控制中心", "单位"),
    ("津市市水文站", "单位"),
    ("石门县图书馆", "单位"),
    ("溆浦县农业科学研究所", "单位"),
    ("涟源市林业局机关服务中心", "单位"),  # the last word decides: a centre inside a 局
    ("隆回县财政局（本级）", "单位"),  # the office's own budget inside its 部门
    ("冷水江市交通运输局机关", "单位"),
    ("中共邵东市委党校", None),  # 党校 publish either
    ("桑植县科学技术协会", "部门"),
    ("桑植县个体劳动者协会", None),
    ("桑植县供销合作社联合社", None),  # a 部门 in some counties, a 单位 in others
    ("桑植县融媒体中心新闻报社", "单位"),
    ("桑植县广播电视台", "单位"),  # an institution unless its own words say 部门
    ("桑植县融媒体中心", "单位"),
    ("石门县粮油收储库", "单位"),  # a depot, like a 站 or a 场
    ("城步县自然资源局西岩分局", None),
    ("衡山县城市建设投资有限公司", None),
    ("桂东县", None),  # a place speaks for the region, not for an office
    ("桂东县本级", None),
])
def test_the_head_of_a_name_suggests_department_or_unit(name, scope):
    assert scope_from_name(name) == scope
