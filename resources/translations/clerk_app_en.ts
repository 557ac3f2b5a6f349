<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Shell</name>
    <message numerus="yes">
        <source>No activity: the citizen&apos;s data is cleared from the screen in %n second(s).</source>
        <translation>
            <numerusform>No activity: the citizen&apos;s data is cleared from the screen in %n second.</numerusform>
            <numerusform>No activity: the citizen&apos;s data is cleared from the screen in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
