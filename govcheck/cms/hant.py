"""Traditional characters read as their simplified twins (pure): a portal's 繁體 copy names its columns 新聞動態,
通知公告, 政務公開 and says 本欄目暫無信息, which the type patterns and the empty lists' phrases, written in
simplified characters, would not find. Only characters used in traditional writing alone are mapped, so simplified
text passes unchanged (no 乾, 著, 覆, 於-like pairs that simplified text also writes)."""

from __future__ import annotations

# pairs of (traditional, simplified), the characters of column names and of what an empty list says
_PAIRS = (
    "動动 態态 聞闻 務务 開开 規规 劃划 計计 範范 發发 佈布 會会 報报 導导 領领 資资 訊讯 聯联 頭头 條条 體体 關关"
    " 點点"
    " 視视 頻频 圖图 進进 鄉乡 鎮镇 區区 縣县 書书 記记 長长 廳厅 郵邮 諮咨 詢询 選选 來来 徵征 調调 線线 網网 問问"
    " 雙双 隨随 機机 許许 處处 罰罚 執执 結结 製制 錄录 價价 監监 測测 統统 總总 項项 載载 標标 購购 採采 訪访 談谈"
    " 數数 據据 讀读 氣气 國国 員员 還还 沒没 無无 暫暂 欄栏 設设 維维 護护 內内 請请 後后 頁页 將将 陸陆 續续 為为"
    " 與与 業业 專专 題题 廣广 東东 門门 戶户 際际 團团 黨党 紀纪 檢检 審审 財财 稅税 環环 衛卫 藥药 農农 經经 濟济"
    " 貿贸 學学 歷历 曆历 產产 這这 個个 們们 時时 間间 現现 實实 對对 應应 當当 從从 樣样 過过 運运 營营 協协 級级"
    " 單单 職职 責责 辦办 層层 傳传 訂订 議议 復复 複复 見见 訴诉 評评 論论 證证 認认 識识 權权 隊队 軍军 戰战 優优"
    " 撫抚 擁拥 險险 療疗 醫医 勞劳 殘残 愛爱 幫帮 貧贫 脫脱 興兴 災灾 預预 園园 場场 築筑 華华 講讲 話话 達达 廢废"
    " 釋释 匯汇 彙汇 編编 歸归 檔档 僑侨 臺台 灣湾 歡欢 頒颁 紅红 節节 約约 號号 畫画 鑑鉴 鑒鉴 樓楼 閱阅 覽览 隱隐"
    " 聲声 誌志 誠诚 懲惩 辭辞 變变 禮礼 養养 殯殡 親亲 屬属 勵励 獎奖 簡简 詳详 細细 圍围 熱热"
)
_TABLE = str.maketrans({pair[0]: pair[1] for pair in _PAIRS.split() if pair[0] != pair[1]})


def simplified(text: str) -> str:
    """text with its traditional characters written as their simplified twins (新聞動態 → 新闻动态)."""
    return text.translate(_TABLE)
