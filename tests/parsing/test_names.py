import pytest

from disclosures.parsing.names import locate, normalize_department_type


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
